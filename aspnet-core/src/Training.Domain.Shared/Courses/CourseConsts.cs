namespace Training.Courses;

public static class CourseConsts
{
    public const int MaxCodeLength = 32;

    /// <summary>The largest file a lesson may carry.</summary>
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;
    public const int MaxTitleLength = 256;
    public const int MaxDescriptionLength = 4000;
    public const int MaxLessonBodyLength = 200_000;
    public const int MaxVideoUrlLength = 512;
    public const int MaxVenueLength = 256;
    public const int MaxTrainersLength = 512;
    public const int MaxSessionDays = 30;
    public const int MaxCapacity = 10_000;

    /// <summary>The rules a lesson body was sanitised under; raised whenever they change, so that lessons stored under
    /// older rules are sanitised again when the database is migrated.</summary>
    public const int LessonSanitizerVersion = 1;
}
