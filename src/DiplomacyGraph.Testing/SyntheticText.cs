namespace DiplomacyGraph.Testing;

/// <summary>The word lists synthetic names, roles, outlets and quotes are made from.</summary>
internal static class SyntheticText
{
    public static readonly string[] GivenNames =
    [
        "Amir", "Sara", "Karim", "Lina", "Omar", "Nadia", "Tariq", "Maryam", "Yusuf", "Hana", "Bilal", "Zainab",
        "Elena", "Pavel", "Ingrid", "Tomas", "Chen", "Mei", "Rahul", "Priya", "Kofi", "Ama", "Diego", "Lucia",
    ];

    public static readonly string[] FamilyNames =
    [
        "Hadani", "Rostami", "Qureshi", "Baig", "Noori", "Sultani", "Farooqi", "Karimi", "Abbasi", "Mirza",
        "Novak", "Ivanova", "Lindqvist", "Moreau", "Wang", "Sharma", "Mensah", "Okafor", "Castillo", "Ferreira",
        "Demir", "Yilmaz", "Haddad", "Nasser", "Tanaka", "Sato", "Kowalski", "Petrov", "Almeida", "Osei",
    ];

    public static readonly string[] Syllables =
    [
        "ar", "be", "ca", "do", "el", "fa", "gor", "ha", "is", "ka", "lo", "ma", "ne", "or", "pa", "qu", "ra", "sa", "ta",
        "ul", "va", "za", "ben", "dar", "mir", "tan", "vel", "kor", "sol", "lin",
    ];

    public static readonly string[] CountryEndings = ["ia", "stan", "land", "a", "ey", "ar"];

    public static readonly string[] OrganizationKinds =
    [
        "Foreign Ministry", "Interior Ministry", "Defence Ministry", "Trade Council", "Border Authority", "Security Council",
        "Refugee Agency", "Water Commission", "Chamber of Commerce", "Armed Front", "Liberation Movement", "Press Office",
    ];

    public static readonly string[] PlaceKinds = ["City", "Port", "Valley", "Crossing", "Province"];

    public static readonly string[] Offices =
    [
        "Foreign Minister", "Prime Minister", "President", "Ambassador", "Interior Minister", "Defence Minister",
        "Special Envoy", "Spokesperson", "Finance Minister", "Chief of Army Staff", "Trade Minister", "Deputy Foreign Minister",
    ];

    public static readonly string[] MeetingKinds = ["Talks", "Summit", "Visit", "Trilateral meeting", "Press briefing", "Seminar"];

    public static readonly string[] Topics = ["security", "trade", "refugees", "transit", "water", "border", "energy", "health", "counter-terrorism"];

    public static readonly string[] Outlets =
    [
        "The Daily Ledger", "Frontier Post", "Capital Wire", "Eastern Herald", "Global Dispatch", "Morning Courier",
        "Regional Monitor", "State News Agency",
    ];

    public static readonly string[] Sentences =
    [
        "Officials confirmed the talks took place as planned.",
        "The two sides agreed to meet again within weeks.",
        "A spokesperson said the delegation was received at the airport.",
        "The ministry rejected the allegations as baseless.",
        "Both governments expressed concern over the border situation.",
        "The visit was delayed at the last minute, sources said.",
        "The envoy briefed reporters after the meeting.",
        "Trade and transit were at the top of the agenda.",
        "The statement accused the neighbour of sheltering militants.",
        "Diplomats described the exchange as frank and constructive.",
        "The minister announced a new round of negotiations.",
        "Relations have been strained since the closure of the crossing.",
    ];

    /// <summary>A capitalised made-up word of two or three syllables, plus an optional ending.</summary>
    public static string Word(SplitMix64 random, string ending = "")
    {
        var syllables = random.Between(2, 3);
        var text = string.Concat(Enumerable.Range(0, syllables).Select(_ => random.Pick(Syllables))) + ending;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
