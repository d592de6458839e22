using System.Net.Sockets;
using Npgsql;

namespace DiplomacyGraph.PostgreSql;

/// <summary>Turns the driver's failures into one-line <see cref="StoreException"/>s that never carry the connection string.</summary>
internal static class StoreErrors
{
    public static async Task<T> Run<T>(string what, Func<Task<T>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (StoreException)
        {
            throw;
        }
        catch (PostgresException e)
        {
            throw new StoreException($"{what} failed: the server says {e.SqlState}: {e.MessageText}", e) { SqlState = e.SqlState };
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{what} failed: {Reason(e)}", e);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException)
        {
            throw new StoreException($"{what} failed: the connection to the database server broke ({e.Message}).", e);
        }
    }

    public static async Task Run(string what, Func<Task> body) =>
        await Run(what, async () =>
        {
            await body().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    private static string Reason(NpgsqlException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException socket:
                    return $"could not reach the database server ({socket.SocketErrorCode}).";
                case EndOfStreamException or IOException:
                    return "the database server closed the connection; nothing of this operation was committed.";
                case TimeoutException:
                    return "the database server did not answer in time.";
            }
        }

        return e.Message.Split('\n')[0];
    }
}
