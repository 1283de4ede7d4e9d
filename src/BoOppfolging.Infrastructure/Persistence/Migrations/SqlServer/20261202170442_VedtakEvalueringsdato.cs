using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "date",
                nullable: true);

            // Vedtak made before the column: the date from the content, where the lists of evaluations due look for it.
            // In EXEC: the idempotent script compiles the batch before the column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [Vedtak] SET [Evalueringsdato] = TRY_CONVERT(date, JSON_VALUE([Innhold], ''$.Evalueringsdato'')) WHERE ISJSON([Innhold]) = 1;');");

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
