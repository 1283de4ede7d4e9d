using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VedtakEvalueringsdato : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Evalueringsdato",
                table: "Vedtak",
                type: "TEXT",
                nullable: true);

            // Vedtak made before the column: the date from the content, where the lists of evaluations due look for it.
            migrationBuilder.Sql("UPDATE \"Vedtak\" SET \"Evalueringsdato\" = json_extract(\"Innhold\", '$.Evalueringsdato') WHERE json_valid(\"Innhold\");");

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_Status_Evalueringsdato",
                table: "Vedtak",
                columns: new[] { "Status", "Evalueringsdato" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vedtak_Status_Evalueringsdato",
                table: "Vedtak");

            migrationBuilder.DropColumn(
                name: "Evalueringsdato",
                table: "Vedtak");
        }
    }
}
