using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Del = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Latin1_General_100_BIN2")
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
            // gets its exact parts at its next change. Comparisons with = and <> ignore trailing spaces
            // in SQL Server, so a rest of only spaces ends the recursion; parts are told apart by code point.
            // Run through EXEC: the idempotent script puts each statement in IF ... BEGIN ... END, and a
            // WITH there is not the start of a batch.
            var fyll = $$"""
                WITH
                    navn (PersonId, Rest) AS (
                        SELECT Id, CAST(LOWER({{Skilletegn.Aggregate("Fornavn + N' ' + Etternavn", (sql, tegn) => $"REPLACE({sql}, N'{tegn}', N' ')")}}) + N' ' AS nvarchar(max))
                        FROM Personer),
                    deler (PersonId, Del, Rest) AS (
                        SELECT PersonId, CAST(N'' AS nvarchar(max)), Rest FROM navn
                        UNION ALL
                        SELECT PersonId, CAST(LEFT(Rest, CHARINDEX(N' ', Rest) - 1) AS nvarchar(max)),
                            CAST(SUBSTRING(Rest, CHARINDEX(N' ', Rest) + 1, 4000) AS nvarchar(max))
                        FROM deler WHERE Rest <> N'')
                INSERT INTO Navnedeler (PersonId, Del)
                SELECT DISTINCT PersonId, Del COLLATE Latin1_General_100_BIN2 FROM deler WHERE Del <> N''
                OPTION (MAXRECURSION 300);
                """;
            migrationBuilder.Sql($"EXEC(N'{fyll.Replace("'", "''", StringComparison.Ordinal)}');");

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
