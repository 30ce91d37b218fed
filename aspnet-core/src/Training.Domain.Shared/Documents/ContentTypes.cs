namespace Training.Documents;

/// <summary>The media types of the files the application hands out.</summary>
public static class ContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";
    public const string Zip = "application/zip";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Doc = "application/msword";
    public const string Xls = "application/vnd.ms-excel";
    public const string Ppt = "application/vnd.ms-powerpoint";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>What a lesson attachment may be served as.</summary>
    public static readonly IReadOnlyList<string> Attachments = [Pdf, Docx, Xlsx, Pptx, Doc, Xls, Ppt, Png, Jpeg];
}
