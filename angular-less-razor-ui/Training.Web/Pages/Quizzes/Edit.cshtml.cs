using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Courses;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Quizzes;

/// <summary>Creates a quiz of a course (under a published course, in its next draft) or changes or deletes one of a draft.</summary>
[Authorize(TrainingPermissions.Quizzes.Manage)]
public class EditModel(ICourseAppService courses, IQuestionAppService questions, IQuizAppService quizzes) : TrainingPageModel
{
    private const int MinDrawRows = 3;

    [BindProperty]
    public QuizForm Input { get; set; } = new();

    public QuizDto? Existing { get; private set; }

    public CourseDto Course { get; private set; } = null!;

    public IReadOnlyList<QuestionCategoryDto> Categories { get; private set; } = [];

    public int BankSize { get; private set; }

    public static IReadOnlyList<QuizReview> Reviews => Enum.GetValues<QuizReview>();

    /// <summary>The draw rows to show: the quiz's, and blank ones to add more.</summary>
    public IReadOnlyList<QuizForm.DrawRow> DrawRows => Input.Draw
        .Concat(Enumerable.Range(0, Math.Max(MinDrawRows - Input.Draw.Count, 1)).Select(_ => new QuizForm.DrawRow())).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? courseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, courseId, cancellationToken) is not { } bank)
        {
            return NotFound();
        }

        Input = Existing is null ? new QuizForm { Draws = true } : QuizForm.Of(Existing, bank);
        return Page();
    }

    /// <param name="preview">Go on to the quiz's preview rather than back to the course.</param>
    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? courseId, bool preview, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, courseId, cancellationToken) is not { } bank)
        {
            return NotFound();
        }

        var input = ModelState.IsValid ? Input.ToDto(bank) : null;
        if (input is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Numbers", L["Quizzes:NumbersInvalid", bank.Count]);
        }

        QuizDto? saved = null;
        if (input is not null && await RunAsync(async () => saved = Existing is null
                ? await quizzes.CreateAsync(Course.Id, input, cancellationToken)
                : await quizzes.UpdateAsync(Existing.Id, input, cancellationToken)))
        {
            return preview
                ? RedirectToPage("/Quizzes/Preview", new { id = saved!.Id })
                : RedirectToPage("/Courses/Details", new { id = saved!.CourseId });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var quiz = await quizzes.GetAsync(id, cancellationToken);
        if (await RunAsync(() => quizzes.DeleteAsync(id, cancellationToken)))
        {
            return RedirectToPage("/Courses/Details", new { id = quiz.CourseId });
        }

        await LoadAsync(id, null, cancellationToken);
        Input = QuizForm.Of(quiz, await questions.GetIdsAsync(quiz.CourseId, cancellationToken));
        return Page();
    }

    /// <returns>The bank's ids in order (what the numbers name); null when neither a quiz nor a course is given.</returns>
    private async Task<IReadOnlyList<Guid>?> LoadAsync(Guid? id, Guid? courseId, CancellationToken cancellationToken)
    {
        Existing = id is { } quizId ? await quizzes.GetAsync(quizId, cancellationToken) : null;
        if ((Existing?.CourseId ?? courseId) is not { } course)
        {
            return null;
        }

        Course = await courses.GetAsync(course, cancellationToken);
        Categories = await questions.GetCategoriesAsync(course, cancellationToken);
        var bank = await questions.GetIdsAsync(course, cancellationToken);
        BankSize = bank.Count;
        return bank;
    }
}
