using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Quartz;
using Training.Localization;
using Training.Notifications;
using Training.Rosters;
using Training.Timing;

namespace Training.Courses;

/// <summary>
/// Every morning: tells each person enrolled in a session that meets tomorrow — in the app, and by e-mail where SMTP is
/// configured and the person has an address. Each reminder is sent once, however often the job runs.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SessionReminderQuartzJob(
    ITrainingSessionRepository sessions,
    IStaffMemberRepository staff,
    INotificationRepository notifications,
    IEmailSender email,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    TimeProvider clock,
    ILogger<SessionReminderQuartzJob> logger) : IJob
{
    public const string MessageKey = "Notification:SessionReminder";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var tomorrow = BusinessClock.Today(clock).AddDays(1);
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        foreach (var session in await sessions.GetHavingDayAsync(tomorrow, cancellationToken))
        {
            var people = await staff.GetByIdsAsync(session.Enrollments.Where(e => e.HoldsAPlace).Select(e => e.StaffMemberId).ToList(), cancellationToken);
            string[] arguments = [session.Title, tomorrow.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), session.Venue ?? "–"];
            var dedup = $"session-reminder:{session.Id}:{tomorrow:yyyy-MM-dd}";
            var withAccount = people.Where(p => p.UserId is not null).ToList();
            var notified = await notifications.GetNotifiedAsync(withAccount.Select(p => p.UserId!.Value).ToList(), dedup, cancellationToken);
            foreach (var person in withAccount.Where(p => !notified.Contains(p.UserId!.Value)))
            {
                await notifications.InsertAsync(new Notification(Guid.CreateVersion7(), person.UserId!.Value, MessageKey, arguments, "/Learn", dedup,
                    clock.GetUtcNow()), cancellationToken);
                await email.SendCopyAsync(person.Email, localizer["Notification:SessionReminderSubject"], localizer[MessageKey, arguments.Cast<object>().ToArray()],
                    logger, person.Id, cancellationToken);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
