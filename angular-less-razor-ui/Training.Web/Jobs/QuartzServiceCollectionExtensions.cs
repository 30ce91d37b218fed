using Quartz;
using Training.EntityFrameworkCore;
using Training.Rosters;
using Training.Courses;

namespace Training.Web.Jobs;

public static class QuartzServiceCollectionExtensions
{
    /// <summary>
    /// Quartz on its persistent ADO.NET store in the application's own database; Quartz creates its tables when missing.
    /// Clustered on PostgreSQL, so that with several web nodes a job fires on one of them; SQLite (one node) refuses clustering.
    /// Features add their jobs here.
    /// </summary>
    public static IServiceCollection AddTrainingJobs(this IServiceCollection services, TrainingDatabaseOptions database)
    {
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.ProvisionSchema();
            });

            quartz.ScheduleJob<SessionReminderQuartzJob>(trigger => trigger
                .WithIdentity("session-reminders")
                .WithCronSchedule("0 0 7 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));

            quartz.ScheduleJob<Training.Certificates.CertificateExpiryQuartzJob>(trigger => trigger
                .WithIdentity("certificate-expiry")
                .WithCronSchedule("0 5 7 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));

            // 02:15 in Cao Bằng, when nobody imports.
            quartz.ScheduleJob<StaffImportCleanupQuartzJob>(trigger => trigger
                .WithIdentity("staff-import-cleanup")
                .WithCronSchedule("0 15 2 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));

            quartz.ScheduleJob<Training.Activities.ActivityAttachmentCleanupQuartzJob>(trigger => trigger
                .WithIdentity("activity-attachment-cleanup")
                .WithCronSchedule("0 20 2 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));

            quartz.ScheduleJob<Training.Coverage.CoverageSnapshotQuartzJob>(trigger => trigger
                .WithIdentity("coverage-snapshots")
                .WithCronSchedule("0 30 1 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));

            // Late on the day, so that a reporting date's file holds what that day's sessions recorded.
            quartz.ScheduleJob<Training.Coverage.CoverageFilesQuartzJob>(trigger => trigger
                .WithIdentity("coverage-files")
                .WithCronSchedule("0 0 23 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));
            quartz.ScheduleJob<Training.Coverage.UntrainedListQuartzJob>(trigger => trigger
                .WithIdentity("coverage-untrained-weekly")
                .WithCronSchedule("0 0 7 ? * MON", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));
            quartz.ScheduleJob<Training.Quizzes.QuizAttemptCloseQuartzJob>(trigger => trigger
                .WithIdentity("quiz-attempt-close")
                .WithCronSchedule("0 * * * * ?"));
            quartz.ScheduleJob<Training.Identity.SignInSessionCleanupQuartzJob>(trigger => trigger
                .WithIdentity("sign-in-cleanup")
                .WithCronSchedule("0 30 2 * * ?", cron => cron.InTimeZone(Training.Timing.BusinessClock.VietnamTimeZone)));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
