namespace Training.Activities;

/// <summary>A file sent with the activity itself (the page's form), stored in the same save.</summary>
public sealed record ActivityUpload(string FileName, byte[] Content);
