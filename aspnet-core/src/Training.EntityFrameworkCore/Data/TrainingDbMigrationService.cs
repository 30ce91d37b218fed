using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Training.Courses;
using Training.EntityFrameworkCore;
using Training.OrganizationUnits;

namespace Training.Data;

/// <summary>Migrate, then seed: what the DbMigrator does for a deployment and the web app does on start in Development.</summary>
public sealed class TrainingDbMigrationService(
    TrainingDbContext db,
    OrganizationUnitDataSeeder organizationUnits,
    IdentityDataSeeder identity,
    DemoDataSeeder demo,
    ILogger<TrainingDbMigrationService> logger)
{
    /// <param name="includeDemoData">The demo accounts (and, with <paramref name="includeDemoRoster"/>, a demo roster of Hoà An).</param>
    public async Task MigrateAndSeedAsync(bool includeDemoData, bool includeDemoRoster = true, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Applying migrations ({Provider})", db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
        await SanitiseOldLessonsAsync(cancellationToken);

        if (await organizationUnits.SeedAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded the organisation units of Cao Bằng");
        }

        await identity.SeedAsync(cancellationToken);
        if (includeDemoData)
        {
            await demo.SeedAsync(includeDemoRoster, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Lessons stored under older sanitising rules are sanitised under today's, once (their version is raised).</summary>
    private async Task SanitiseOldLessonsAsync(CancellationToken cancellationToken)
    {
        var courses = await db.Courses.Include(c => c.Lessons).ThenInclude(l => l.Attachments)
            .Where(c => c.Lessons.Any(l => l.SanitizerVersion < CourseConsts.LessonSanitizerVersion))
            .ToListAsync(cancellationToken);
        if (courses.Count == 0)
        {
            return;
        }

        foreach (var course in courses)
        {
            course.SanitiseLessonsAgain(LessonContent.Sanitise);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Sanitised again the lessons of {Count} courses under rules version {Version}", courses.Count, CourseConsts.LessonSanitizerVersion);
    }
}
