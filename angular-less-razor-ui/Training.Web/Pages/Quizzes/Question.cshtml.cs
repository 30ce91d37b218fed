using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Courses;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Quizzes;

/// <summary>
/// Adds a question to a course's bank (under a published course, to its next draft) or changes or removes one of a draft.
/// The options are a fixed set of rows, so that the form needs no script: rows left blank are not options.
/// </summary>
[Authorize(TrainingPermissions.Quizzes.Manage)]
public class QuestionModel(ICourseAppService courses, IQuestionAppService questions) : TrainingPageModel
{
    private const int MinRows = 4;

    [BindProperty]
    public SaveQuestionDto Input { get; set; } = new() { Type = QuestionType.SingleChoice };

    public CourseDto Course { get; private set; } = null!;

    public QuestionDto? Existing { get; private set; }

    public IReadOnlyList<QuestionCategoryDto> Categories { get; private set; } = [];

    public static IReadOnlyList<QuestionType> Types => Enum.GetValues<QuestionType>();

    /// <param name="category">The category of the question saved just before, for "save and add another".</param>
    public async Task OnGetAsync(Guid courseId, Guid? id, string? category, QuestionType? type, CancellationToken cancellationToken)
    {
        if (id is { } questionId)
        {
            Existing = await questions.GetAsync(courseId, questionId, cancellationToken);
            Input = new SaveQuestionDto
            {
                Category = Existing.Category, Type = Existing.Type, Text = Existing.Text, Explanation = Existing.Explanation, PartialCredit = Existing.PartialCredit,
                Options = Existing.Options.Select(o => new SaveQuestionOptionDto { Id = o.Id, Text = o.Text, IsCorrect = o.IsCorrect == true }).ToList(),
            };
        }
        else
        {
            Input.Category = category;
            Input.Type = type ?? QuestionType.SingleChoice;
        }

        await LoadAsync(courseId, cancellationToken);
    }

    /// <param name="another">Back to an empty form in the same category, rather than to the bank.</param>
    public async Task<IActionResult> OnPostAsync(Guid courseId, Guid? id, bool another, CancellationToken cancellationToken)
    {
        Input.Options = Filled(Input);
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Options", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        QuestionDto? saved = null;
        if (ModelState.IsValid && await RunAsync(async () => saved = id is { } questionId
                ? await questions.UpdateAsync(courseId, questionId, Input, cancellationToken)
                : await questions.CreateAsync(courseId, Input, cancellationToken)))
        {
            return another
                // Built by hand: routing would carry the edited question's id over into the new form's address.
                ? Redirect($"/Quizzes/Question/{saved!.CourseId}" + QueryString.Create(new Dictionary<string, string?>
                {
                    ["category"] = saved.Category, ["type"] = saved.Type.ToString(),
                }))
                : RedirectToPage("/Quizzes/Bank", new { courseId = saved!.CourseId });
        }

        Existing = id is { } existing ? await questions.GetAsync(courseId, existing, cancellationToken) : null;
        await LoadAsync(courseId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid courseId, Guid id, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => questions.DeleteAsync(courseId, id, cancellationToken)))
        {
            return RedirectToPage("/Quizzes/Bank", new { courseId });
        }

        await OnGetAsync(courseId, id, null, null, cancellationToken);
        return Page();
    }

    /// <summary>The option rows to show: those filled in, and blank ones to add more.</summary>
    public IReadOnlyList<SaveQuestionOptionDto> Rows => Input.Options
        .Concat(Enumerable.Range(0, Math.Clamp(Math.Max(MinRows - Input.Options.Count, 2), 0, QuizConsts.MaxOptions - Input.Options.Count))
            .Select(_ => new SaveQuestionOptionDto()))
        .ToList();

    /// <summary>The options the author filled in; a true/false question's two rows are "Đúng" and "Sai", whatever was typed.</summary>
    private static List<SaveQuestionOptionDto> Filled(SaveQuestionDto input) => input.Type == QuestionType.TrueFalse
        ? (input.Options ?? []).Concat([new SaveQuestionOptionDto(), new SaveQuestionOptionDto()]).Take(2)
            .Select((o, i) => new SaveQuestionOptionDto { Id = o.Id, Text = i == 0 ? QuizConsts.True : QuizConsts.False, IsCorrect = o.IsCorrect }).ToList()
        : (input.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Text)).ToList();

    private async Task LoadAsync(Guid courseId, CancellationToken cancellationToken)
    {
        Course = await courses.GetAsync(courseId, cancellationToken);
        Categories = await questions.GetCategoriesAsync(courseId, cancellationToken);
    }
}
