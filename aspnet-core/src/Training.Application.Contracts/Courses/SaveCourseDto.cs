using System.ComponentModel.DataAnnotations;
using Training.Rosters;

namespace Training.Courses;

public sealed class SaveCourseDto
{
    /// <summary>Only on create; a course's code never changes.</summary>
    [StringLength(CourseConsts.MaxCodeLength)]
    public string? Code { get; set; }

    [Required]
    [StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    [StringLength(CourseConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    public List<StaffRole> AudienceRoles { get; set; } = [];

    public CompletionRuleDto CompletionRule { get; set; } = new(false, 100, false);

    /// <summary>Whether completing the course earns a certificate.</summary>
    public bool IssuesCertificate { get; set; }

    [Range(1, 600)]
    public int? CertificateValidityMonths { get; set; }

    public bool QualifiesForCoverage { get; set; } = true;
}
