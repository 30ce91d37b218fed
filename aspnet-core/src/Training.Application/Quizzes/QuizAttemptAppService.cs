using Training.Courses;
using Training.Identity;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Quizzes;

public sealed class QuizAttemptAppService(
    IPermissionChecker permissions,
    Training.Certificates.ICertificateRepository certificates,
    ICurrentUser currentUser,
    IQuizRepository quizzes,
    IQuizAttemptRepository attempts,
    ICourseRepository courses,
    IStaffMemberRepository staff,
    ITrainingSessionRepository sessions,
    PublishedBanks banks,
    QuizAttemptCloser closer,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock) : IQuizAttemptAppService
{
    public async Task<LearnerQuizDto> GetQuizAsync(Guid quizId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Take, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var (quiz, course) = await TakeableAsync(quizId, learner, cancellationToken);
        var now = Now();
        if (await attempts.FindUngradedAsync(quiz.Id, learner.Id, cancellationToken) is { } expired && expired.IsExpiredAt(now))
        {
            await closer.CloseAsync(expired, now, cancellationToken);
        }

        var summary = (await attempts.GetSummariesAsync(course.Id, learner.Id, cancellationToken)).FirstOrDefault(s => s.QuizId == quiz.Id);

        var count = quiz.QuestionIds.Count > 0 ? quiz.QuestionIds.Count : quiz.Draw.Sum(d => d.Count);
        return new LearnerQuizDto(quiz.Id, course.Id, course.Title, quiz.Title, quiz.IsFinal, count, quiz.Settings.TimeLimitMinutes, quiz.Settings.PassPercent,
            quiz.Settings.MaxAttempts, summary?.Attempts ?? 0, quiz.Settings.OpensAt, quiz.Settings.ClosesAt, QuizAttempt.IsWithinWindow(quiz, now),
            summary?.BestPercent, summary?.Passed ?? false, summary?.OpenAttemptId, summary?.LastAttemptId);
    }

    public async Task<QuizAttemptDto> StartAsync(Guid quizId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Take, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var (quiz, _) = await TakeableAsync(quizId, learner, cancellationToken);
        var now = Now();
        if (await attempts.FindUngradedAsync(quiz.Id, learner.Id, cancellationToken) is { } open)
        {
            if (!open.IsExpiredAt(now))
            {
                return await ToDtoAsync(open, quiz, resumed: true, now, cancellationToken);
            }

            await closer.CloseAsync(open, now, cancellationToken);
        }

        // A holder renewing a certificate due to expire takes the final quiz with a fresh count of attempts.
        var total = await attempts.CountAsync(quiz.Id, learner.Id, cancellationToken: cancellationToken);
        var renewing = quiz.IsFinal && await certificates.FindCurrentAsync(learner.Id, quiz.CourseId, cancellationToken) is { } held
            && held.IsRenewableOn(Timing.BusinessClock.ToBusinessDate(now))
            ? held
            : null;
        var used = renewing is null ? total : await attempts.CountAsync(quiz.Id, learner.Id, renewing.IssuedAt, cancellationToken);
        if (quiz.Settings.MaxAttempts is { } max && used >= max)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.NoAttemptsLeft);
        }

        var bank = await banks.GetAsync(quiz.CourseId, cancellationToken);
        var attempt = QuizAttempt.Start(Guid.CreateVersion7(), quiz, learner.Id, currentUser.Id!.Value, total + 1, quiz.Pick(bank.Questions, Random.Shared), now);
        await attempts.InsertAsync(attempt, cancellationToken);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (TrainingException e) when (e.Code == TrainingErrorCodes.AttemptAlreadyStarted)
        {
            // Two starts at once (a double tap, two tabs): the unique index let one through; both answer with it.
            unitOfWork.ForgetSaved();
            if (await attempts.FindUngradedAsync(quiz.Id, learner.Id, cancellationToken) is not { } other)
            {
                throw;
            }

            return await ToDtoAsync(other, quiz, resumed: true, now, cancellationToken);
        }

        return await ToDtoAsync(attempt, quiz, resumed: false, now, cancellationToken);
    }

    public async Task<QuizAttemptDto> GetAsync(Guid attemptId, CancellationToken cancellationToken = default)
    {
        var attempt = await OwnAttemptAsync(attemptId, cancellationToken);
        var now = Now();
        if (attempt.IsExpiredAt(now))
        {
            attempt = await closer.CloseAsync(attempt, now, cancellationToken);
        }

        var quiz = await quizzes.FindAsync(attempt.QuizId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
        return await ToDtoAsync(attempt, quiz, resumed: true, now, cancellationToken);
    }

    public async Task<AnswerSavedDto> SaveAnswerAsync(Guid attemptId, Guid questionId, SaveAnswerDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Take, cancellationToken);
        var userId = currentUser.Id ?? throw new TrainingException(TrainingErrorCodes.Unauthenticated, TrainingErrorKind.Forbidden);
        var options = await banks.OptionIdsAsync(questionId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuestionNotFound);
        var selected = (input.SelectedOptionIds ?? []).Distinct().ToList();
        if (selected.Any(id => !options.Contains(id)))
        {
            throw new TrainingException(TrainingErrorCodes.OptionNotInQuestion) { Field = "selectedOptionIds" };
        }

        var now = Now();
        if (await attempts.TrySaveAnswerAsync(attemptId, questionId, userId, selected, input.ClientSeq, now, cancellationToken))
        {
            return new AnswerSavedDto(now);
        }

        // The one statement wrote nothing: read why, which is rare enough to afford.
        var attempt = await attempts.FindAsync(attemptId, cancellationToken);
        if (attempt is null || attempt.UserId != userId)
        {
            throw TrainingException.NotFound(TrainingErrorCodes.AttemptNotFound);
        }

        var question = attempt.Questions.FirstOrDefault(q => q.QuestionId == questionId) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuestionNotFound);
        if (!attempt.IsOpenAt(now))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.AttemptClosed);
        }

        return question.ClientSeq > input.ClientSeq && question.SavedAt is { } savedAt
            ? new AnswerSavedDto(savedAt)
            : throw TrainingException.Conflict(TrainingErrorCodes.Conflict);
    }

    public async Task SavePageAsync(Guid attemptId, int page, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> answers,
        CancellationToken cancellationToken = default)
    {
        var attempt = await OwnAttemptAsync(attemptId, cancellationToken);
        attempt.AnswerPage(page, answers, Now());
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<QuizAttemptResultDto> SubmitAsync(Guid attemptId, CancellationToken cancellationToken = default)
    {
        var attempt = await closer.CloseAsync(await OwnAttemptAsync(attemptId, cancellationToken), Now(), cancellationToken);
        var certificate = attempt.Passed == true ? await certificates.FindCurrentAsync(attempt.StaffMemberId, attempt.CourseId, cancellationToken) : null;
        return attempt.ToResultDto(certificate?.Id);
    }

    private async Task<QuizAttempt> OwnAttemptAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Take, cancellationToken);
        var attempt = await attempts.FindAsync(attemptId, cancellationToken);
        return attempt is not null && attempt.UserId == currentUser.Id ? attempt : throw TrainingException.NotFound(TrainingErrorCodes.AttemptNotFound);
    }

    private async Task<StaffMember> LearnerAsync(CancellationToken cancellationToken)
    {
        var today = BusinessClock.Today(clock);
        return currentUser.Id is { } userId && await staff.FindByUserIdAsync(userId, cancellationToken) is { } person
            && person.ActiveFrom <= today && (person.ActiveTo is null || person.ActiveTo >= today)
            ? person
            : throw new TrainingException(TrainingErrorCodes.NotOnARoster, TrainingErrorKind.Forbidden);
    }

    /// <summary>
    /// A quiz of a published version is for the course's audience (everyone, when it names no role) and for those enrolled in a
    /// session of that version; an archived version's only for the enrolled, whose session may outlive the version.
    /// </summary>
    private async Task<(Quiz Quiz, Course Course)> TakeableAsync(Guid quizId, StaffMember learner, CancellationToken cancellationToken)
    {
        var quiz = await quizzes.FindAsync(quizId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
        var course = await courses.FindAsync(quiz.CourseId, cancellationToken);
        if (course is null || course.Status == CourseStatus.Draft)
        {
            throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
        }

        // The audience of a published version needs no enrolment: a room starting together skips that read.
        if (course.Status == CourseStatus.Published && course.IsFor(learner.Role))
        {
            return (quiz, course);
        }

        var enrolled = (await sessions.GetEnrolledAsync(course.Id, learner.Id, cancellationToken)).Count > 0;
        if (course.Status == CourseStatus.Archived && !enrolled)
        {
            throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
        }

        return enrolled ? (quiz, course) : throw new TrainingException(TrainingErrorCodes.QuizNotForYou, TrainingErrorKind.Forbidden);
    }

    /// <summary>To the microsecond, as PostgreSQL keeps instants: a deadline or savedAt answered is the one read back on resume.</summary>
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    private async Task<QuizAttemptDto> ToDtoAsync(QuizAttempt attempt, Quiz quiz, bool resumed, DateTimeOffset now, CancellationToken cancellationToken) =>
        attempt.ToDto(quiz, (await banks.GetAsync(attempt.CourseId, cancellationToken)).ById, resumed, now);
}
