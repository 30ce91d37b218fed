namespace Training.Courses;

/// <summary>The course catalogue as the trainers' list reads it, in SQL: no lesson is read.</summary>
public interface ICourseListQuery
{
    /// <summary>Courses whose code or title contains <paramref name="search"/>, by code and newest version first.</summary>
    Task<(IReadOnlyList<CourseListRow> Rows, long Total)> GetPageAsync(string? search, CourseStatus? status, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Of each course code with a version that counts toward coverage, its latest such version, by code: what a plan's editor offers.</summary>
    Task<IReadOnlyList<CourseListRow>> GetQualifyingAsync(CancellationToken cancellationToken = default);
}
