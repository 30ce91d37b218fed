using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Identity;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Sessions;

/// <summary>Training sessions organised in the caller's units; a trainer opens a new one for a course.</summary>
[Authorize(TrainingPermissions.Sessions.Default)]
public class IndexModel(ITrainingSessionAppService sessions, ICourseAppService courses, IPermissionChecker permissions) : TrainingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CourseId { get; set; }

    [BindProperty]
    public CreateSessionDto Input { get; set; } = new() { Capacity = 40 };

    [BindProperty]
    public string Days { get; set; } = string.Empty;

    public PagedResultDto<TrainingSessionDto> Result { get; private set; } = new([], 0);

    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];

    public bool CanManage { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Days = Days.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => DateOnly.TryParse(d, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), out var day) ? day : DateOnly.MinValue)
            .Where(d => d != DateOnly.MinValue).ToList();
        TrainingSessionDto? created = null;
        if (ModelState.IsValid && await RunAsync(async () => created = await sessions.CreateAsync(Input, cancellationToken)))
        {
            return RedirectToPage("/Sessions/Details", new { id = created!.Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Sessions.Manage, cancellationToken);
        Result = await sessions.GetListAsync(new GetSessionListInput { CourseId = CourseId, PageSize = 200 }, cancellationToken);
        if (CanManage && await permissions.IsGrantedAsync(TrainingPermissions.Courses.Default, cancellationToken))
        {
            Courses = (await courses.GetListAsync(new GetCourseListInput { PageSize = 500 }, cancellationToken)).Items
                .Where(c => c.Status != CourseStatus.Archived).ToList();
        }
    }
}
