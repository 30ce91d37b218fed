using Training.Common;

namespace Training.Certificates;

public sealed record GetCertificatesInput : PagedInput
{
    /// <summary>One person's; without it and without <see cref="UnitCode"/>, a learner gets their own and others the people of their scope.</summary>
    public Guid? StaffId { get; init; }

    /// <summary>A unit of the caller's scope (its subtree counts).</summary>
    public string? UnitCode { get; init; }

    /// <summary>The date whose unit assignments count; today without it.</summary>
    public DateOnly? AsOf { get; init; }

    public Guid? CourseId { get; init; }

    public CertificateStatus? Status { get; init; }

    /// <summary>Not revoked and expiring on or before this day: the officer's list of certificates due for renewal.</summary>
    public DateOnly? ExpiringBy { get; init; }

    /// <summary>Issued on or after this day (Cao Bằng).</summary>
    public DateOnly? IssuedFrom { get; init; }

    /// <summary>Issued on or before this day (Cao Bằng).</summary>
    public DateOnly? IssuedTo { get; init; }
}
