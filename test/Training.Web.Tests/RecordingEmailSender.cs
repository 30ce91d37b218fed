using Training.Notifications;

namespace Training.Web.Tests;

/// <summary>A configured mail server that keeps what it is asked to send.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    public List<(string To, string Subject, string Body)> Sent { get; } = [];

    public bool IsConfigured => true;

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        Sent.Add((to, subject, body));
        return Task.CompletedTask;
    }
}
