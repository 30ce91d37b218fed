using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Training.EntityFrameworkCore;

/// <summary>An instant as UTC ticks, for SQLite only (see <see cref="TrainingDbContext"/>).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
