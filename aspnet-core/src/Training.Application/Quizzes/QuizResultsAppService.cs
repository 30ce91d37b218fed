using Training.Auditing;
using Training.Common;
using Training.Courses;
using Training.Documents;
using Training.Identity;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Quizzes;

public sealed class QuizResultsAppService(
    IPermissionChecker permissions,
    IQuizRepository quizzes,
    ICourseRepository courses,
    IQuizResultsQuery query,
    RosterAccess access,
    PublishedBanks banks,
    PersonalDataAudit audit,
    TimeProvider clock) : IQuizResultsAppService
{
    public async Task<PagedResultDto<QuizAttemptListItemDto>> GetAttemptsAsync(Guid quizId, GetQuizAttemptsInput input,
        CancellationToken cancellationToken = default)
    {
        var (_, filter) = await FilterAsync(quizId, input, cancellationToken);
        var (rows, total) = await query.GetPageAsync(filter, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<QuizAttemptListItemDto>(rows.Select(ToDto).ToList(), total);
    }

    public async Task<FileContentDto> ExportAttemptsAsync(Guid quizId, GetQuizAttemptsInput input, CancellationToken cancellationToken = default)
    {
        var (quiz, filter) = await FilterAsync(quizId, input, cancellationToken);
        var course = await courses.FindAsync(quiz.CourseId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);
        var (_, total) = await query.GetPageAsync(filter, 0, 1, cancellationToken);
        await audit.RecordAsync(AuditAction.Exported, nameof(QuizAttempt), quiz.Id.ToString(), [.. filter.UnitPaths],
            new { quizId, input.UnitCode, input.SessionId, asOf = filter.AsOf, count = total }, cancellationToken);
        var sheet = new QuizResultsSheet(course.Title, quiz.Title, quiz.Settings.PassPercent, filter.AsOf, BusinessClock.Today(clock));
        return new FileContentDto(QuizResultsSheet.FileName(quiz.Id, filter.AsOf), ContentTypes.Xlsx,
            (output, token) => sheet.WriteAsync(output, query.ReadAsync(filter).Select(ToDto), token));
    }

    public async Task<IReadOnlyList<ItemAnalysisDto>> GetItemAnalysisAsync(Guid quizId, GetQuizAttemptsInput input, CancellationToken cancellationToken = default)
    {
        var (quiz, filter) = await FilterAsync(quizId, input, cancellationToken);
        var statistics = ItemAnalysis.Compute(await query.GetGradedItemsAsync(filter, cancellationToken));
        var bank = (await banks.GetAsync(quiz.CourseId, cancellationToken)).Questions.ToDictionary(q => q.Order);
        return statistics.Where(s => bank.ContainsKey(s.Order)).Select(s =>
        {
            var question = bank[s.Order];
            var facility = Math.Round(s.Facility, 4);
            var discrimination = s.Discrimination is { } d ? Math.Round(d, 4) : (double?)null;
            return new ItemAnalysisDto(question.Id, question.Text, s.Attempts, facility, discrimination,
                facility is < 0.2 or > 0.9 || discrimination < 0.2,
                question.Options.Select(o => new ItemAnalysisOptionDto(o.Id, o.Text, o.IsCorrect, s.Chosen.GetValueOrDefault(o.Order))).ToList());
        }).ToList();
    }

    private async Task<(Quiz Quiz, QuizResultsFilter Filter)> FilterAsync(Guid quizId, GetQuizAttemptsInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var quiz = await quizzes.FindAsync(quizId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
        var asOf = input.AsOf ?? BusinessClock.Today(clock);
        var paths = await access.GetPathsAsync(input.UnitCode, asOf, input.AsOf is null, cancellationToken);
        return (quiz, new QuizResultsFilter(quiz.Id, paths, asOf, input.SessionId));
    }

    private static QuizAttemptListItemDto ToDto(QuizResultRow r) =>
        new(r.AttemptId, r.StaffId, r.FullName, r.UnitName, r.Number, r.StartedAt, r.SubmittedAt, r.Percent, r.Passed);
}
