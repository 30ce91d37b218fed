namespace Training.Quizzes;

/// <param name="Score">Two decimals: each question weighs 1.</param>
/// <param name="Percent">100 × score / maxScore, two decimals.</param>
/// <param name="CertificateId">The certificate the pass earned, when it earned one.</param>
public sealed record QuizAttemptResultDto(decimal Score, int MaxScore, decimal Percent, bool Passed, Guid? CertificateId);
