using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Training.Web.Common;

/// <summary>Instants travel as ISO 8601 UTC with a "Z", as the API contract says.</summary>
public sealed class UtcInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] IsoInstants = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Anything but an ISO 8601 string is a <see cref="JsonException"/>, which the serializer gives the field's path:
    /// a 400 naming the field, not a 500. A date alone, or a day and month in either order ("02/12/2026"), is refused rather than guessed.</summary>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateTimeOffset.TryParseExact(reader.GetString(), IsoInstants, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new JsonException("An instant is an ISO 8601 string, e.g. 2026-12-02T01:30:00Z.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
