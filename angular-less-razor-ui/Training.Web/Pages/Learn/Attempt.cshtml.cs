using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Learn;

/// <summary>
/// One page of an attempt. Without script it is a plain form: each move to another page, and the submit, posts the page's
/// answers first. With script (attempt.js) each choice is also saved through the API as it is made.
/// </summary>
[Authorize(TrainingPermissions.Quizzes.Take)]
public class AttemptModel(IQuizAttemptAppService attempts) : TrainingPageModel
{
    /// <summary>The form field of a question's choices: "q." and its id.</summary>
    public const string FieldPrefix = "q.";

    public QuizAttemptDto Attempt { get; private set; } = null!;

    public int PageNumber { get; private set; }

    public IReadOnlyList<AttemptQuestionDto> Questions { get; private set; } = [];

    /// <summary>The number of the page's first question in the whole attempt, from 1.</summary>
    public int FirstNumber { get; private set; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> Answers { get; private set; } = new Dictionary<Guid, IReadOnlyList<Guid>>();

    /// <param name="page">The page of questions, from the query string only: "page" is also the Razor page's own route value.</param>
    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Attempt = await attempts.GetAsync(id, cancellationToken);
        if (Attempt.Result is not null)
        {
            return Redirect($"/Learn/Attempt/{id}/Result");
        }

        Show(page ?? 1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm(Name = "page")] int page, string? go, CancellationToken cancellationToken)
    {
        var answers = Request.Form.Keys.Where(k => k.StartsWith(FieldPrefix, StringComparison.Ordinal))
            .Select(k => (Key: k, Id: Guid.TryParse(k.AsSpan(FieldPrefix.Length), out var questionId) ? questionId : Guid.Empty))
            .Where(k => k.Id != Guid.Empty)
            .ToDictionary(k => k.Id, k => (IReadOnlyList<Guid>)Request.Form[k.Key].Select(v => Guid.TryParse(v, out var option) ? option : Guid.Empty).ToList());
        var saved = await RunAsync(() => attempts.SavePageAsync(id, page, answers, cancellationToken));
        Attempt = await attempts.GetAsync(id, cancellationToken);
        if (Attempt.Result is not null)
        {
            // The deadline came (or another tab submitted) while this page was open: what was saved is graded.
            return Redirect($"/Learn/Attempt/{id}/Result");
        }

        if (saved && go == "submit")
        {
            await attempts.SubmitAsync(id, cancellationToken);
            return Redirect($"/Learn/Attempt/{id}/Result");
        }

        if (saved && int.TryParse(go, out var next))
        {
            return Redirect($"/Learn/Attempt/{id}?page={Math.Clamp(next, 1, Attempt.PageCount)}");
        }

        Show(page);
        return Page();
    }

    private void Show(int page)
    {
        PageNumber = Math.Clamp(page, 1, Attempt.PageCount);
        Questions = Attempt.Questions.Where(q => q.Page == PageNumber).ToList();
        FirstNumber = Attempt.Questions.Count(q => q.Page < PageNumber) + 1;
        Answers = Attempt.Answers.ToDictionary(a => a.QuestionId, a => a.SelectedOptionIds);
    }
}
