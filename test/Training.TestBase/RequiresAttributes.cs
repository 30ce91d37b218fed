using Xunit;

namespace Training;

/// <summary>A test on the real PostgreSQL engine. Skipped, saying why, where TRAINING_TEST_POSTGRES is not set; CI sets
/// it and fails on any skip.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresConnectionString is null)
        {
            Skip = $"PostgreSQL not available: set {TestDatabase.PostgresVariable} to a connection string (see README).";
        }
    }
}

/// <summary>A test that drives Debian's Chromium; skipped, saying why, where /usr/bin/chromium is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium not installed at {ChromiumPath}: apt-get install chromium (CI does).";
        }
    }
}
