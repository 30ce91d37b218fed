using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Courses;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Quizzes;

/// <summary>Brings questions into a course's bank from the .xlsx template or a Moodle XML file: a dry run first by default,
/// then the same file for real. A bank is small enough (a few thousand questions at most) to import while the page waits.</summary>
[Authorize(TrainingPermissions.Quizzes.Manage)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public class ImportModel(ICourseAppService courses, IQuestionBankFileAppService files) : TrainingPageModel
{
    private const long MaxRequestBytes = QuizConsts.MaxImportBytes + (1024 * 1024);

    [BindProperty]
    [Display(Name = "DisplayName:QuestionFile")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public QuestionImportMode Mode { get; set; }

    [BindProperty]
    public bool DryRun { get; set; } = true;

    public CourseDto Course { get; private set; } = null!;

    public QuestionImportResultDto? Result { get; private set; }

    /// <summary>The version the questions went to: the course's next draft when it was published.</summary>
    public Guid? ImportedInto { get; private set; }

    public async Task OnGetAsync(Guid courseId, CancellationToken cancellationToken) => Course = await courses.GetAsync(courseId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid courseId, CancellationToken cancellationToken)
    {
        Course = await courses.GetAsync(courseId, cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Message(QuestionFileErrorCodes.FormatUnknown));
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        if (await RunAsync(async () => Result = await files.ImportAsync(courseId, stream, DryRun, Mode, cancellationToken)) && Result!.Committed)
        {
            ImportedInto = await courses.EditableIdAsync(courseId, cancellationToken);
        }

        return Page();
    }
}
