using Training.Courses;

namespace Training.Certificates;

/// <summary>
/// A certificate (giấy chứng nhận) earned by one completion. Its printed facts are frozen at issue, so that the paper, the
/// registry and the public verification page always agree; a correction is a re-issue, never an edit. Revoking it voids
/// the completion it came from, unless a replacement takes its place.
/// </summary>
public class Certificate
{
    private Certificate()
    {
        CourseCode = Serial = VerificationCode = HolderName = UnitName = CourseTitle = Place = null!;
    }

    private Certificate(Guid id, CourseCompletion completion, Course course, CertificateFacts facts, int revision, int sequence, string verificationCode,
        DateTimeOffset issuedAt, Guid? issuedBy, string? issueReason)
    {
        Id = id;
        CompletionId = completion.Id;
        Revision = revision;
        StaffMemberId = completion.StaffMemberId;
        CourseId = course.Id;
        CourseCode = course.Code;
        SessionId = completion.SessionId;
        IssuedAt = issuedAt;
        IssuedOn = Training.Timing.BusinessClock.ToBusinessDate(issuedAt);
        Year = IssuedOn.Year;
        Sequence = sequence;
        Serial = $"{Year}/{course.Code}/{sequence:000000}";
        VerificationCode = verificationCode;
        CompletedOn = completion.CompletedOn;
        ExpiresOn = course.CertificateValidityMonths is { } months ? completion.CompletedOn.AddMonths(months).AddDays(-1) : null;
        HolderName = facts.HolderName;
        BirthDate = facts.BirthDate;
        UnitName = facts.UnitName;
        CourseTitle = facts.CourseTitle;
        SessionFrom = facts.SessionFrom;
        SessionTo = facts.SessionTo;
        ParentBody = facts.ParentBody;
        IssuingBody = facts.IssuingBody;
        Place = facts.Place;
        SignerTitle = facts.SignerTitle;
        SignerName = facts.SignerName;
        SignatureBlobId = facts.SignatureBlobId;
        IssuedBy = issuedBy;
        IssueReason = issueReason;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <param name="sequence">The next number of the issue year and course code (see <see cref="ICertificateRepository.NextSequenceAsync"/>).</param>
    public static Certificate Issue(CourseCompletion completion, Course course, CertificateFacts facts, int sequence, string verificationCode,
        DateTimeOffset issuedAt, Guid? issuedBy = null, string? reason = null) =>
        completion.CourseId != course.Id || !course.IssuesCertificate
            ? throw new InvalidOperationException($"Course {course.Id} grants no certificate for completion {completion.Id}.")
            : new(Guid.CreateVersion7(), completion, course, facts, 0, sequence, verificationCode, issuedAt, issuedBy, CheckReason(reason, required: false));

    public Guid Id { get; private set; }

    /// <summary>The completion it certifies; with <see cref="Revision"/> unique, so that no completion gets two certificates however requests race.</summary>
    public Guid CompletionId { get; private set; }

    /// <summary>0 for the first certificate of a completion, one more for each re-issue.</summary>
    public int Revision { get; private set; }

    public Guid StaffMemberId { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; }

    public Guid? SessionId { get; private set; }

    /// <summary>The issue date's year in Cao Bằng, and the number within that year and course code.</summary>
    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>"{year}/{course code}/{sequence}": printed, never parsed (a course code may hold a '/').</summary>
    public string Serial { get; private set; }

    /// <summary>Random, printed under the QR code, and the only key of the public verification.</summary>
    public string VerificationCode { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The last day it is valid: the completion date plus the course's validity, less a day; null for ever.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public string HolderName { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public string UnitName { get; private set; }

    public string CourseTitle { get; private set; }

    public DateOnly? SessionFrom { get; private set; }

    public DateOnly? SessionTo { get; private set; }

    public string? ParentBody { get; private set; }

    public string? IssuingBody { get; private set; }

    public string Place { get; private set; }

    public string? SignerTitle { get; private set; }

    public string? SignerName { get; private set; }

    public Guid? SignatureBlobId { get; private set; }

    /// <summary>Who issued it by hand, and why; null for one issued with the completion.</summary>
    public Guid? IssuedBy { get; private set; }

    public string? IssueReason { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    public Guid? ReplacedById { get; private set; }

    public string? ReplacedBySerial { get; private set; }

    /// <summary>Two revocations, or a revocation and a re-issue, at once: one wins, the other is a 409.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    public CertificateFacts Facts => new(HolderName, BirthDate, UnitName, CourseTitle, SessionFrom, SessionTo, ParentBody, IssuingBody, Place, SignerTitle,
        SignerName, SignatureBlobId);

    public CertificateStatus StatusOn(DateOnly today) => StatusOf(RevokedAt, ExpiresOn, today);

    /// <summary>The rule for a certificate read as a row: revoked first, then expired after its last valid day.</summary>
    public static CertificateStatus StatusOf(DateTimeOffset? revokedAt, DateOnly? expiresOn, DateOnly today) =>
        revokedAt is not null ? CertificateStatus.Revoked
        : expiresOn is { } end && end < today ? CertificateStatus.Expired
        : CertificateStatus.Valid;

    /// <summary>From <see cref="CertificateConsts.RenewalDays"/> days before its last valid day, while not revoked: its holder may earn it again.</summary>
    public bool IsRenewableOn(DateOnly today) => RevokedAt is null && ExpiresOn <= RenewalHorizon(today);

    /// <summary>The last expiry date that may be renewed on <paramref name="today"/>: the one rule for the job, the pages, the quiz and the completions.</summary>
    public static DateOnly RenewalHorizon(DateOnly today) => today.AddDays(CertificateConsts.RenewalDays);

    /// <summary>Withdraws it; the caller voids the completion it came from (see <see cref="CertificateManager.RevokeAsync"/>).</summary>
    public void Revoke(string? reason, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new TrainingException(TrainingErrorCodes.CertificateAlreadyRevoked, TrainingErrorKind.Conflict);
        }

        RevocationReason = CheckReason(reason, required: true);
        RevokedAt = now;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>A new certificate of the same completion with <paramref name="facts"/> read again; this one turns Revoked and names it.</summary>
    public Certificate Reissue(CertificateFacts facts, Course course, CourseCompletion completion, int sequence, string verificationCode, string? reason,
        DateTimeOffset now, Guid? issuedBy)
    {
        if (completion.Id != CompletionId || course.Id != CourseId)
        {
            throw new InvalidOperationException($"Certificate {Id} is re-issued for its own completion and course only.");
        }

        Revoke(reason, now);
        var next = new Certificate(Guid.CreateVersion7(), completion, course, facts, Revision + 1, sequence, verificationCode, now, issuedBy, RevocationReason);
        ReplacedById = next.Id;
        ReplacedBySerial = next.Serial;
        return next;
    }

    private static string? CheckReason(string? reason, bool required)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if ((required && reason is null) || reason?.Length > CertificateConsts.MaxReasonLength)
        {
            throw new TrainingException(TrainingErrorCodes.CertificateReasonRequired) { Field = "reason" };
        }

        return reason;
    }
}
