using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Navnedeler : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_PersonId",
                table: "Saker");

            migrationBuilder.CreateTable(
                name: "Navnedeler",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Del = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Navnedeler", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Navnedeler_Personer_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Personer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The persons already there get their name parts here, before the indexes are built. The
            // same parts as Navnedel.Deler gives (a new name or a rename writes those): the name in
            // lower case, split at spaces and the punctuation names have. A name with other punctuation
            // gets its exact parts at its next change.
            migrationBuilder.Sql($$"""
                INSERT INTO Navnedeler (PersonId, Del)
                WITH RECURSIVE
                    navn (PersonId, Rest) AS (
                        SELECT Id, {{SmaaBokstaver(Skilletegn.Aggregate("Fornavn || ' ' || Etternavn", (sql, tegn) => $"replace({sql}, '{tegn}', ' ')"))}} || ' '
                        FROM Personer),
                    deler (PersonId, Del, Rest) AS (
                        SELECT PersonId, '', Rest FROM navn
                        UNION ALL
                        SELECT PersonId, substr(Rest, 1, instr(Rest, ' ') - 1), substr(Rest, instr(Rest, ' ') + 1)
                        FROM deler WHERE Rest <> '')
                SELECT DISTINCT PersonId, Del FROM deler WHERE Del <> '';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Saker_PersonId_SaksbehandlerId_Frist_Id",
                table: "Saker",
                columns: new[] { "PersonId", "SaksbehandlerId", "Frist", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Navnedeler_Del_PersonId",
                table: "Navnedeler",
                columns: new[] { "Del", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Navnedeler_PersonId",
                table: "Navnedeler",
                column: "PersonId");
        }

        /// <summary>What separates name parts besides a space (the apostrophe doubled, as in SQL).</summary>
        private static readonly string[] Skilletegn = ["-", "\u2013", "\u2014", "''", "\u2019", ".", ",", "(", ")", "/", "\"", ":", ";", "&", "+", "\t"];

        /// <summary>
        /// SQLite's lower() knows only A-Z. Every other capital letter of the Latin, Greek and Cyrillic
        /// blocks is replaced by its lower-case letter, by .NET's own table, as the domain lower-cases.
        /// </summary>
        private static string SmaaBokstaver(string uttrykk)
        {
            var sql = $"lower({uttrykk})";
            foreach (var (fra, til) in new[] { ('\u00C0', '\u024F'), ('\u0370', '\u04FF') })
            {
                for (var tegn = fra; tegn <= til; tegn++)
                {
                    var liten = char.ToLowerInvariant(tegn);
                    if (liten != tegn) sql = $"replace({sql}, '{tegn}', '{liten}')";
                }
            }

            return sql;
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Navnedeler");

            migrationBuilder.DropIndex(
                name: "IX_Saker_PersonId_SaksbehandlerId_Frist_Id",
                table: "Saker");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_PersonId",
                table: "Saker",
                column: "PersonId");
        }
    }
}
