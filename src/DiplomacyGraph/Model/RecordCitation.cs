namespace DiplomacyGraph.Model;

/// <summary>A citation of one record of coded event data (ICEWS, GDELT): the dataset and the record's id; there is no quote.</summary>
/// <param name="SourceId">The id of the <see cref="Source"/> that stands for the dataset (or the file of it) the record is in.</param>
/// <param name="Dataset">The dataset's name, such as <c>ICEWS</c> or <c>GDELT</c>.</param>
/// <param name="Record">The record's id in that dataset, such as <c>26870000</c>.</param>
public sealed record RecordCitation(string SourceId, string Dataset, string Record) : Citation(SourceId);
