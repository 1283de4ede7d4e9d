using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Brevtekster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BrevtekstversjonId",
                table: "Brev",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Brevtekstversjoner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Tittel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Seksjoner = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GyldigFra = table.Column<DateOnly>(type: "date", nullable: true),
                    OpprettetAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Opprettet = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Endret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublisertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Publisert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brevtekstversjoner", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Brev_BrevtekstversjonId",
                table: "Brev",
                column: "BrevtekstversjonId");

            migrationBuilder.CreateIndex(
                name: "IX_Brevtekstversjoner_Type_Nummer",
                table: "Brevtekstversjoner",
                columns: new[] { "Type", "Nummer" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Brev_Brevtekstversjoner_BrevtekstversjonId",
                table: "Brev",
                column: "BrevtekstversjonId",
                principalTable: "Brevtekstversjoner",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Brev_Brevtekstversjoner_BrevtekstversjonId",
                table: "Brev");

            migrationBuilder.DropTable(
                name: "Brevtekstversjoner");

            migrationBuilder.DropIndex(
                name: "IX_Brev_BrevtekstversjonId",
                table: "Brev");

            migrationBuilder.DropColumn(
                name: "BrevtekstversjonId",
                table: "Brev");
        }
    }
}
