using Microsoft.Extensions.Localization;
using Training.Documents;
using Training.Identity;
using Training.Localization;
using Training.Permissions;

namespace Training.Quizzes;

public sealed class QuestionBankFileAppService(
    IPermissionChecker permissions,
    QuizAccess access,
    IQuestionRepository questions,
    Courses.ICourseRepository courses,
    QuizManager manager,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer) : IQuestionBankFileAppService
{
    public async Task<FileContentDto> GetTemplateAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        await access.FindCourseAsync(courseId, cancellationToken);
        return FileContentDto.FromBytes("mau-ngan-hang-cau-hoi.xlsx", ContentTypes.Xlsx, QuestionBankWorkbook.Template(localizer));
    }

    public async Task<FileContentDto> ExportAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        var bank = await questions.GetBankAsync(course.Id, cancellationToken);
        var drafts = bank.Select(q => new QuestionDraft(q.Order, q.Id, q.Category, q.Type, q.Text, q.Explanation, q.PartialCredit,
            q.Options.Select(o => new OptionDraft(o.Text, o.IsCorrect)).ToList()));
        return FileContentDto.FromBytes($"ngan-hang-cau-hoi-{course.Code}-v{course.Version}.xlsx", ContentTypes.Xlsx, QuestionBankWorkbook.Export(drafts));
    }

    public async Task<QuestionImportResultDto> ImportAsync(Guid courseId, Stream file, bool dryRun, QuestionImportMode mode,
        CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        if (!Enum.IsDefined(mode))
        {
            throw new TrainingException(TrainingErrorCodes.ImportModeUnknown) { Field = "mode" };
        }

        var course = await access.FindCourseAsync(courseId, cancellationToken);
        var read = await new QuestionBankReader(localizer).ReadAsync(file, cancellationToken);
        var errors = read.Errors.Select(e => new QuestionImportErrorDto(e.Row, e.Column, e.Code, e.Message)).ToList();
        var rowsInError = errors.Select(e => e.Row).Distinct().Count();

        // What the bank that takes the questions holds: the draft's, or the published one's that a new draft would copy.
        var target = course.Status == Courses.CourseStatus.Draft ? course : await courses.FindDraftAsync(course.Code, cancellationToken) ?? course;
        var bank = await questions.GetBankAsync(target.Id, cancellationToken);
        var plan = Plan(bank, read.Questions, errors);
        if (bank.Count + plan.Count(p => p.Status == ImportStatus.Created) > QuizConsts.MaxQuestionsPerCourse)
        {
            // Said on the dry run too, not first when the import commits.
            throw new TrainingException(TrainingErrorCodes.QuestionBankFull, TrainingErrorKind.BadRequest, QuizConsts.MaxQuestionsPerCourse)
                { Field = QuestionBankReader.FileField };
        }

        var writes = plan.Count(p => p.Status != ImportStatus.Unchanged);
        var commit = !dryRun && writes > 0 && (errors.Count == 0 || mode == QuestionImportMode.ValidOnly);
        if (commit)
        {
            var draft = await access.EditableAsync(course, cancellationToken);

            // A new draft's bank is a copy with new ids: match again against it, by category and text.
            plan = draft.Id == target.Id ? plan : Plan(await questions.GetBankAsync(draft.Id, cancellationToken), read.Questions, []);
            foreach (var (_, content, match, status) in plan.Where(p => p.Status == ImportStatus.Updated))
            {
                manager.ChangeQuestion(draft, match!, content);
            }

            await manager.AddQuestionsAsync(draft, plan.Where(p => p.Status == ImportStatus.Created).Select(p => p.Content).ToList(), cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return new QuestionImportResultDto(read.Questions.Count + rowsInError + read.Skipped.Count,
            plan.Count(p => p.Status == ImportStatus.Created), plan.Count(p => p.Status == ImportStatus.Updated), plan.Count(p => p.Status == ImportStatus.Unchanged),
            commit, read.Skipped.Select(s => new QuestionImportSkipDto(s.Name, s.Reason)).ToList(), errors.OrderBy(e => e.Row).ToList(), read.Warnings);
    }

    /// <summary>
    /// Each question of the file against the bank: the question an export wrote its id for, else the one with the same
    /// category and text; what the bank refuses (a text that sanitising empties) joins <paramref name="errors"/>.
    /// </summary>
    private List<ImportStep> Plan(List<Question> bank, IReadOnlyList<QuestionDraft> drafts, List<QuestionImportErrorDto> errors)
    {
        var byId = bank.ToDictionary(q => q.Id);
        var byText = bank.GroupBy(q => (q.CategoryKey, q.Text)).ToDictionary(g => g.Key, g => g.First());
        var steps = new List<ImportStep>();
        var seen = new HashSet<(string, string)>();
        var seenIds = new HashSet<Guid>();
        foreach (var draft in drafts)
        {
            QuestionContent content;
            try
            {
                content = new QuestionContent(draft.Category, draft.Type, QuizMappings.SanitisedText(draft.Text),
                    QuizMappings.Sanitised(draft.Explanation), draft.PartialCredit, draft.Options.Select(o => new QuestionContentOption(null, o.Text, o.IsCorrect)).ToList());
                _ = new Question(Guid.Empty, Guid.Empty, 0, content);
            }
            catch (TrainingException e)
            {
                errors.Add(new QuestionImportErrorDto(draft.Row, e.Field ?? string.Empty, e.Code, localizer[e.Code, [.. e.Arguments]].Value));
                continue;
            }

            // The same question twice in one file would be created twice, or updated twice with the last one winning.
            var key = (QuestionCategory.Key(content.Category), content.Text);
            if (!seen.Add(key) || (draft.Id is { } repeated && !seenIds.Add(repeated)))
            {
                errors.Add(new QuestionImportErrorDto(draft.Row, QuestionColumns.Text, TrainingErrorCodes.QuestionImportRepeated,
                    localizer[TrainingErrorCodes.QuestionImportRepeated].Value));
                continue;
            }

            var match = draft.Id is { } id && byId.TryGetValue(id, out var withId) ? withId : byText.GetValueOrDefault(key);

            // An updated question keeps its options' ids by place: answers of later attempts name them.
            content = match is null ? content : content with
            {
                Options = content.Options.Select((o, i) => o with { Id = i < match.Options.Count ? match.Options[i].Id : null }).ToList(),
            };
            steps.Add(new ImportStep(draft, content, match, match is null ? ImportStatus.Created : match.Says(content) ? ImportStatus.Unchanged : ImportStatus.Updated));
        }

        return steps;
    }

    private enum ImportStatus
    {
        Created,
        Updated,
        Unchanged,
    }

    private sealed record ImportStep(QuestionDraft Draft, QuestionContent Content, Question? Match, ImportStatus Status);
}
