using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>The per-thread query state of <see cref="EarliestArrivalIndex"/>.</summary>
internal sealed partial class EarliestArrivalIndex
{
    /// <summary>
    /// A thread's reusable query state: the source's out-labels usable from the start day (hub and the day it reaches the hub),
    /// earliest arrivals already read (stamped), and the marks, links and queues of the breadth-first search over tight hops.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private int[] hubs = new int[16];
        private int[] reached = new int[16];
        private int count;

        private Scratch(int size)
        {
            ArrivalStamp = new int[size];
            ArrivalDay = new int[size];
            MarkF = new int[size];
            MarkB = new int[size];
            PrevF = new int[size];
            ViaF = new int[size];
            NextB = new int[size];
            ViaB = new int[size];
            QueueF = new int[size];
            QueueB = new int[size];
        }

        public int Stamp { get; private set; }

        public int[] ArrivalStamp { get; }

        public int[] ArrivalDay { get; }

        public int[] MarkF { get; }

        public int[] MarkB { get; }

        public int[] PrevF { get; }

        public int[] ViaF { get; }

        public int[] NextB { get; }

        public int[] ViaB { get; }

        public int[] QueueF { get; }

        public int[] QueueB { get; }

        public static Scratch For(int size)
        {
            var scratch = current;
            if (scratch is null || scratch.MarkF.Length < size)
            {
                current = scratch = new Scratch(Math.Max(size, 16));
            }

            if (scratch.Stamp == int.MaxValue)
            {
                Array.Clear(scratch.ArrivalStamp);
                Array.Clear(scratch.MarkF);
                Array.Clear(scratch.MarkB);
                scratch.Stamp = 0;
            }

            scratch.Stamp++;
            return scratch;
        }

        /// <summary>Takes the source's out-labels walkable from the start day, with the day each reaches its hub.</summary>
        public void Prepare(HubLabels labels, int source, int start)
        {
            count = 0;
            for (var at = labels.OutStart[source]; at < labels.OutStart[source + 1]; at++)
            {
                var label = labels.Out[at];
                if (label.B < start)
                {
                    continue;
                }

                if (count == hubs.Length)
                {
                    Array.Resize(ref hubs, count * 2);
                    Array.Resize(ref reached, count * 2);
                }

                hubs[count] = label.Hub;
                reached[count++] = Math.Max(start, label.A);
            }
        }

        /// <summary>The earliest arrival (key) at an entity from the prepared source, <see cref="int.MaxValue"/> when none; read once a search.</summary>
        public int Arrival(HubLabels labels, int target)
        {
            if (ArrivalStamp[target] == Stamp)
            {
                return ArrivalDay[target];
            }

            var best = PlusInfinity;
            var x = 0;
            var end = labels.InStart[target + 1];
            for (var y = labels.InStart[target]; y < end && x < count;)
            {
                var label = labels.In[y];
                if (hubs[x] < label.Hub)
                {
                    x++;
                }
                else if (label.Hub < hubs[x])
                {
                    y++;
                }
                else
                {
                    // Every out-label of this hub against this in-label; the next in-label of the same hub sees them again.
                    for (var p = x; p < count && hubs[p] == label.Hub; p++)
                    {
                        if (reached[p] <= label.B)
                        {
                            best = Math.Min(best, Math.Max(reached[p], label.A));
                        }
                    }

                    y++;
                }
            }

            ArrivalStamp[target] = Stamp;
            ArrivalDay[target] = best;
            return best;
        }
    }
}
