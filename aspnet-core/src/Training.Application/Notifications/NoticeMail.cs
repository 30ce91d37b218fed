using Microsoft.Extensions.Logging;

namespace Training.Notifications;

internal static class NoticeMail
{
    /// <summary>
    /// The e-mail copy of an in-app notice, when SMTP is configured and the person has an address. A mail server that is down
    /// is logged and passed over: the in-app notice stands, and the job goes on to the others.
    /// </summary>
    public static async Task SendCopyAsync(this IEmailSender email, string? address, string subject, string body, ILogger logger, Guid recipientId,
        CancellationToken cancellationToken)
    {
        if (!email.IsConfigured || address is null)
        {
            return;
        }

        try
        {
            await email.SendAsync(address, subject, body, cancellationToken);
        }
        catch (Exception e) when (e is System.Net.Mail.SmtpException or InvalidOperationException)
        {
            logger.LogWarning(e, "Notice e-mail to {RecipientId} failed", recipientId);
        }
    }
}
