using Training.Common;

namespace Training.Certificates;

public sealed record GetCertificatesInput : PagedInput
{
    /// <summary>One person's; without it, without <see cref="UnitCode"/> and without <see cref="Registry"/>, the caller's own.</summary>
    public Guid? StaffId { get; init; }

    /// <summary>The registry of the people in the caller's units, even for a caller who is on a roster (and so has certificates of its own).</summary>
    public bool? Registry { get; init; }

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
