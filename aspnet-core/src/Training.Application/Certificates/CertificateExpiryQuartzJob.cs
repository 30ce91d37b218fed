using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Quartz;
using Training.Localization;
using Training.Notifications;
using Training.Rosters;
using Training.Timing;

namespace Training.Certificates;

/// <summary>
/// Every morning: tells each holder whose certificate expires within <see cref="CertificateConsts.RenewalDays"/> days that it
/// may be renewed — in the app, and by e-mail where SMTP is configured and the person has an address. Once per certificate,
/// however often the job runs. Unit officers find the same certificates in the registry (<c>status=Valid&amp;expiringBy=</c>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class CertificateExpiryQuartzJob(
    ICertificateRepository certificates,
    IStaffMemberRepository staff,
    INotificationRepository notifications,
    IEmailSender email,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    TimeProvider clock,
    ILogger<CertificateExpiryQuartzJob> logger) : IJob
{
    public const string MessageKey = "Notification:CertificateExpiring";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = BusinessClock.Today(clock);
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        var expiring = await certificates.GetExpiringAsync(today, Certificate.RenewalHorizon(today), cancellationToken);
        var people = (await staff.GetByIdsAsync(expiring.Select(c => c.StaffMemberId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var mails = new List<(StaffMember Person, string[] Arguments)>();
        foreach (var certificate in expiring)
        {
            if (people.GetValueOrDefault(certificate.StaffMemberId) is not { UserId: { } userId } person)
            {
                continue;
            }

            var dedup = $"certificate-expiring:{certificate.Id}";
            if ((await notifications.GetNotifiedAsync([userId], dedup, cancellationToken)).Count > 0)
            {
                continue;
            }

            string[] arguments = [certificate.CourseTitle, certificate.Serial, certificate.ExpiresOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)];
            await notifications.InsertAsync(new Notification(Guid.CreateVersion7(), userId, MessageKey, arguments, "/Learn/Certificates", dedup, clock.GetUtcNow()),
                cancellationToken);
            mails.Add((person, arguments));
        }

        // The notices first: a mail goes out only once its notice is saved, so that a failed save does not mail the holder again tomorrow.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        foreach (var (person, arguments) in mails)
        {
            await email.SendCopyAsync(person.Email, localizer["Notification:CertificateExpiringSubject"], localizer[MessageKey, arguments.Cast<object>().ToArray()],
                logger, person.Id, cancellationToken);
        }
    }
}
