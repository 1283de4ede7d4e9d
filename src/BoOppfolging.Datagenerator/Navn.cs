namespace BoOppfolging.Datagenerator;

/// <summary>
/// Made-up people: first names by sex (the fødselsnummer's individual number follows the sex) and
/// surnames common in Norway, with æ, ø and å, so lists, search and letters meet real spelling.
/// </summary>
internal static class Navn
{
    public static readonly IReadOnlyList<string> Kvinner =
    [
        "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig",
        "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Tone", "Silje", "Hanne", "Ragnhild", "Sølvi",
        "Åse", "Gro", "Tove", "Sigrid", "Mathilde", "Nora", "Emma", "Ingeborg", "Oddny", "Gunnhild", "Synnøve", "Trude",
        "Mette", "Camilla", "Thea", "Ane", "Kjersti", "Åshild", "Torunn", "Bodil", "Fatima", "Amina", "Aisha", "Agnieszka",
        "Olena", "Mai", "Linh", "Sara", "Yasmin", "Marte", "Helene", "Vilde", "Øydis", "Siv", "Jorunn",
    ];

    public static readonly IReadOnlyList<string> Menn =
    [
        "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Tor", "Morten",
        "Terje", "Odd", "Erik", "Martin", "Andreas", "Jon", "Rune", "Trond", "Anders", "Tore", "Harald", "Øystein", "Håkon",
        "Jørgen", "Kåre", "Åge", "Stig", "Espen", "Sindre", "Magnus", "Jonas", "Emil", "Sander", "Eirik", "Øyvind",
        "Ståle", "Torbjørn", "Sverre", "Leif", "Halvard", "Ivar", "Mohammed", "Ali", "Ahmed", "Omar", "Piotr", "Tomasz",
        "Oleksandr", "Minh", "Yonas", "Abdi", "Kristoffer", "Even", "Asbjørn", "Bård", "Njål",
    ];

    public static readonly IReadOnlyList<string> Etternavn =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
        "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand",
        "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie",
        "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen",
        "Fredriksen", "Holm", "Lien", "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther",
        "Aas", "Hanssen", "Myhre", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Berntsen", "Sandvik",
        "Ødegård", "Løken", "Bråthen", "Søreide", "Grønli", "Aasen", "Vik", "Rønning", "Fjeld", "Sætre", "Kvåle",
        "Østby", "Hovland", "Mæhle", "Ahmed", "Hussain", "Khan", "Mohamed", "Nowak", "Kowalski", "Tran", "Abdi",
    ];

    public static readonly IReadOnlyList<string> Gater =
    [
        "Storgata", "Kirkegata", "Skolegata", "Jernbanegata", "Parkveien", "Bjørkeveien", "Granveien", "Fjordgata",
        "Solbakken", "Åsveien", "Møllegata", "Tollbodgata", "Sjøgata", "Løkkeveien", "Rådhusgata", "Kongens gate",
        "Dronningens gate", "Nordre gate", "Søndre gate", "Øvre Slottsgate", "Bekkeveien", "Lyngveien", "Furuveien",
        "Rognveien", "Hageveien", "Bryggeveien", "Ringveien", "Tunveien", "Grønnegata", "Skogveien",
    ];

    public static readonly IReadOnlyList<string> Poststeder = ["Eksempelby", "Eksempelby", "Eksempelby", "Nordbygda", "Sørbygda", "Vestbygda"];

    public static readonly IReadOnlyList<string> Legekontorer =
    [
        "Sentrum legesenter", "Torget legekontor", "Fjordbyen legesenter", "Nordbygda legekontor", "Stasjonen legesenter",
        "Sørbygda legekontor", "Kirkebakken legesenter",
    ];
}
