namespace Training.Certificates;

public sealed record SessionDatesDto(DateOnly From, DateOnly To);
