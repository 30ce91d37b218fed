namespace Training.Quizzes;

public interface IQuestionRepository
{
    Task<Question?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A course version's whole bank with its options, in bank order.</summary>
    Task<List<Question>> GetBankAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>A published version's bank with its options, untracked: it never changes, so it may be kept and shared.</summary>
    Task<List<Question>> GetPublishedBankAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>Where each question of the bank stands, read without the questions themselves: what adding one, or
    /// naming some in a fixed list, needs to know.</summary>
    Task<List<QuestionPlace>> GetPlacesAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task InsertAsync(Question question, CancellationToken cancellationToken = default);

    void Delete(Question question);
}

public interface IQuizRepository
{
    Task<Quiz?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A course version's quizzes, the final one first.</summary>
    Task<List<Quiz>> GetByCourseAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task InsertAsync(Quiz quiz, CancellationToken cancellationToken = default);

    void Delete(Quiz quiz);
}
