using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Common;
using Training.Courses;
using Training.Identity;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Quizzes;

/// <summary>A course version's question bank, a page at a time, narrowed to a category.</summary>
[Authorize(TrainingPermissions.Courses.Default)]
public class BankModel(ICourseAppService courses, IQuestionAppService questions, IPermissionChecker permissions) : TrainingPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public CourseDto Course { get; private set; } = null!;

    public IReadOnlyList<QuestionCategoryDto> Categories { get; private set; } = [];

    public PagedResultDto<QuestionListItemDto> Result { get; private set; } = new([], 0);

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(Guid courseId, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, PagedInput.MaxPage);
        Course = await courses.GetAsync(courseId, cancellationToken);
        Categories = await questions.GetCategoriesAsync(courseId, cancellationToken);
        Result = await questions.GetPageAsync(courseId, new GetQuestionListInput { Category = Category, Page = PageNumber, PageSize = PageSize }, cancellationToken);
        CanEdit = Course.Status == CourseStatus.Draft && await permissions.IsGrantedAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
    }
}
