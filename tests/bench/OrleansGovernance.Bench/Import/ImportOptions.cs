namespace OrleansGovernance.Bench.Import;

/// <param name="Requests">Historical requests in the generated export.</param>
/// <param name="Compounds">Compounds of the synthetic city, imported first as places (10 per community).</param>
/// <param name="Batch">Rows per transaction of the import.</param>
public sealed record ImportOptions(int Requests = 1_000_000, int Compounds = 3_000, int Batch = 20_000);
