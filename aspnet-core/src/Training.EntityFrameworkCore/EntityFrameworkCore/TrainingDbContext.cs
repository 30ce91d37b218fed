using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Training.Auditing;
using Training.Courses;
using Training.Identity;
using Training.Notifications;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore;

/// <summary>One context for Identity, training data and the Data Protection keys that every web node shares.</summary>
public class TrainingDbContext(DbContextOptions<TrainingDbContext> options)
    : IdentityDbContext<TrainingUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext, ITrainingUnitOfWork
{
    public DbSet<OrganizationUnit> OrganizationUnits => Set<OrganizationUnit>();

    public DbSet<OrganizationUnitSuccession> OrganizationUnitSuccessions => Set<OrganizationUnitSuccession>();

    public DbSet<UserOrganizationUnit> UserOrganizationUnits => Set<UserOrganizationUnit>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<StaffUnitAssignment> StaffUnitAssignments => Set<StaffUnitAssignment>();

    public DbSet<StaffImportJob> StaffImportJobs => Set<StaffImportJob>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<CourseCompletion> CourseCompletions => Set<CourseCompletion>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<Training.Files.Blob> Blobs => Set<Training.Files.Blob>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AuditLogEntry> AuditLogEntries => Set<AuditLogEntry>();

    public DbSet<Training.Coverage.CoveragePlan> CoveragePlans => Set<Training.Coverage.CoveragePlan>();

    public DbSet<Training.Coverage.CoverageSnapshot> CoverageSnapshots => Set<Training.Coverage.CoverageSnapshot>();

    public DbSet<Training.Coverage.CoverageFile> CoverageFiles => Set<Training.Coverage.CoverageFile>();

    public DbSet<Training.Quizzes.Question> Questions => Set<Training.Quizzes.Question>();

    public DbSet<Training.Quizzes.Quiz> Quizzes => Set<Training.Quizzes.Quiz>();

    public DbSet<Training.Quizzes.QuizAttempt> QuizAttempts => Set<Training.Quizzes.QuizAttempt>();

    public DbSet<Training.Quizzes.AttemptQuestion> AttemptQuestions => Set<Training.Quizzes.AttemptQuestion>();

    public DbSet<Training.Certificates.Certificate> Certificates => Set<Training.Certificates.Certificate>();

    public DbSet<Training.Certificates.CertificateSettings> CertificateSettings => Set<Training.Certificates.CertificateSettings>();

    public DbSet<Training.Activities.InformationActivity> InformationActivities => Set<Training.Activities.InformationActivity>();

    public DbSet<Training.Activities.ActivityAttachment> ActivityAttachments => Set<Training.Activities.ActivityAttachment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>A context outside dependency injection (design time, migration tests), without the audit interceptor.</summary>
    public static TrainingDbContext Create(TrainingDatabaseOptions database) =>
        new(new DbContextOptionsBuilder<TrainingDbContext>().UseTrainingDatabase(database).Options);

    /// <summary>Every save, from a service, a page, a job or Identity's stores: a unique index refusing it, or a deadlock with
    /// another save, becomes a 409 (the provider wraps a deadlock, which it deems transient, in an InvalidOperationException).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (Exception e) when ((e as DbUpdateException ?? e.InnerException as DbUpdateException) is { } update && DatabaseConflicts.Translate(update) is { } conflict)
        {
            throw conflict;
        }
    }

    public async Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ChangeTracker.Clear();
            return false;
        }
    }

    public async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default)
    {
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await work();
        }
        catch
        {
            // The rollback undoes the rows; the tracked entities must not keep the values that were undone.
            ChangeTracker.Clear();
            throw;
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public void ForgetSaved() => ChangeTracker.Clear();

    /// <summary>
    /// PostgreSQL keeps instants as <c>timestamptz</c>, which the deadline sweeps and report queries compare and order. SQLite
    /// has no type that orders instants correctly (its text form sorts by the local offset), so there they are UTC ticks.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
        if (Database.IsSqlite())
        {
            // SQLite keeps decimals as text, which it cannot aggregate: a learner's best percent is a MAX. Reals there (two or
            // four decimals survive the round trip).
            builder.Entity<Training.Quizzes.QuizAttempt>().Property(a => a.Score).HasConversion<double?>();
            builder.Entity<Training.Quizzes.QuizAttempt>().Property(a => a.Percent).HasConversion<double?>();
            builder.Entity<Training.Quizzes.AttemptQuestion>().Property(q => q.Score).HasConversion<double?>();
        }
    }
}
