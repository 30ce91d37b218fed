namespace Training.Coverage;

public sealed record CoverageTrendPointDto(DateOnly Date, int InScope, int Trained, decimal? Percent);
