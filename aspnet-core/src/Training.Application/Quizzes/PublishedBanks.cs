using Microsoft.Extensions.Caching.Memory;

namespace Training.Quizzes;

/// <summary>
/// The banks of published course versions, kept in memory: a published version's questions and options never change (it is
/// edited through a new version), and a training room starting the same quiz in the same minute should not read the bank
/// once per learner. Only attempts read through it, and attempts exist only on published (or since archived) versions.
/// </summary>
public sealed class PublishedBanks(IMemoryCache cache, IQuestionRepository questions, IQuizAttemptRepository attempts)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    public async Task<PublishedBank> GetAsync(Guid courseId, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(("bank", courseId), async entry =>
        {
            entry.SlidingExpiration = Kept;
            return new PublishedBank(await questions.GetPublishedBankAsync(courseId, cancellationToken));
        }))!;

    /// <summary>A question's option ids, for checking an answer before the one statement that saves it. A miss (no such question,
    /// or a draft's) is not kept: the draft may be published within the minutes an entry lives.</summary>
    public async Task<IReadOnlySet<Guid>?> OptionIdsAsync(Guid questionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("options", questionId), out IReadOnlySet<Guid>? kept))
        {
            return kept;
        }

        if (await attempts.GetOptionIdsAsync(questionId, cancellationToken) is not { } ids)
        {
            return null;
        }

        return cache.Set<IReadOnlySet<Guid>>(("options", questionId), ids.ToHashSet(), new MemoryCacheEntryOptions { SlidingExpiration = Kept });
    }
}

/// <summary>A published version's questions in bank order, and by id.</summary>
public sealed class PublishedBank(IReadOnlyList<Question> questions)
{
    public IReadOnlyList<Question> Questions { get; } = questions;

    public IReadOnlyDictionary<Guid, Question> ById { get; } = questions.ToDictionary(q => q.Id);
}
