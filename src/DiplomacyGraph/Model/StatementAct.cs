namespace DiplomacyGraph.Model;

/// <summary>
/// What a statement does, from a small vocabulary aligned with the PLOVER event ontology; each act names the
/// CAMEO root codes it stands for (<see cref="StatementActs.FromCameo"/> maps a code to its act).
/// </summary>
public enum StatementAct
{
    /// <summary>Agree, offer, promise or state the intent to cooperate; sign an agreement. CAMEO 03 (express intent to cooperate), 057 (sign formal agreement).</summary>
    Agree,

    /// <summary>Consult, meet, negotiate, mediate. CAMEO 04 (consult).</summary>
    Consult,

    /// <summary>Praise, endorse, recognize, defend: diplomatic (non-material) cooperation. CAMEO 05 (engage in diplomatic cooperation), except 057.</summary>
    Support,

    /// <summary>Yield, ease restrictions, release, accept demands. CAMEO 08 (yield), except 087.</summary>
    Concede,

    /// <summary>Material cooperation: economic, military, judicial, intelligence. CAMEO 06 (engage in material cooperation).</summary>
    Cooperate,

    /// <summary>Give economic, military, humanitarian aid or protection. CAMEO 07 (provide aid).</summary>
    Aid,

    /// <summary>De-escalate militarily, withdraw, retreat, cease fire. CAMEO 087 (de-escalate military engagement).</summary>
    Retreat,

    /// <summary>Ask, appeal, call on, demand. CAMEO 02 (appeal), 10 (demand).</summary>
    Request,

    /// <summary>Criticize, accuse, blame, investigate. CAMEO 11 (disapprove), 09 (investigate).</summary>
    Accuse,

    /// <summary>Reject, refuse, deny, veto. CAMEO 12 (reject).</summary>
    Reject,

    /// <summary>Threaten, warn of consequences, give an ultimatum. CAMEO 13 (threaten).</summary>
    Threaten,

    /// <summary>Protest, demonstrate, boycott. CAMEO 14 (protest).</summary>
    Protest,

    /// <summary>Reduce or break relations, impose sanctions or an embargo, expel. CAMEO 16 (reduce relations).</summary>
    Sanction,

    /// <summary>Exhibit force posture: mobilize, raise alert, deploy. CAMEO 15 (exhibit force posture).</summary>
    Mobilize,

    /// <summary>Coerce: seize, arrest, expel people, destroy property. CAMEO 17 (coerce).</summary>
    Coerce,

    /// <summary>Attack, fight, use mass violence. CAMEO 18 (assault), 19 (fight), 20 (use unconventional mass violence).</summary>
    Assault,

    /// <summary>A neutral statement: comment, assess, explain, deny responsibility. CAMEO 01 (make public statement).</summary>
    Comment,
}
