using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Common;
using Training.Courses;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Quizzes;

/// <summary>A quiz's attempts by the people of the trainer's units, a page at a time, and how each question did.</summary>
[Authorize(TrainingPermissions.Quizzes.Manage)]
public class ResultsModel(IQuizAppService quizzes, ICourseAppService courses, IQuizResultsAppService results, IOrganizationUnitAppService units,
    IPermissionChecker permissions, TimeProvider clock) : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public QuizDto Quiz { get; private set; } = null!;

    public CourseDto Course { get; private set; } = null!;

    public PagedResultDto<QuizAttemptListItemDto> Attempts { get; private set; } = new([], 0);

    public IReadOnlyList<ItemAnalysisDto> Items { get; private set; } = [];

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public string ExportLink => $"/api/training/quizzes/{Quiz.Id}/attempts/export" + Request.QueryString;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, PagedInput.MaxPage);
        Quiz = await quizzes.GetAsync(id, cancellationToken);
        Course = await courses.GetAsync(Quiz.CourseId, cancellationToken);
        var date = AsOf ?? Training.Timing.BusinessClock.Today(clock);
        Units = await UnitsInScopeAsync(units, permissions, date, cancellationToken);
        var input = new GetQuizAttemptsInput { UnitCode = UnitCode, AsOf = AsOf, Page = PageNumber, PageSize = PageSize };
        if (await RunAsync(async () =>
            {
                Attempts = await results.GetAttemptsAsync(id, input, cancellationToken);
                Items = await results.GetItemAnalysisAsync(id, input, cancellationToken);
            }))
        {
            return;
        }

        Attempts = new([], 0);
    }
}
