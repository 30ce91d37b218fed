namespace Training.Documents;

/// <summary>The media types of the files the application hands out.</summary>
public static class ContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";
    public const string Zip = "application/zip";
}
