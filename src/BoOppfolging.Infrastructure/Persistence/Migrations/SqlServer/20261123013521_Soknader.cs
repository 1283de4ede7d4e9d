using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Soknader : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Frist",
                table: "Saker",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "FullmektigPersonId",
                table: "Saker",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Samtykker",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kilde = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Ordlyd = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Gitt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Trukket = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Samtykker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Samtykker_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Soknader",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UtkastId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InnsendtAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Innhold = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Sendt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Soknader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Soknader_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Soknadsutkast",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BrukerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Opprettet = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Innhold = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Soknadsutkast", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vedlegg",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UtkastId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Type = table.Column<string>(type: "varchar(30)", unicode: false, maxLength: 30, nullable: false),
                    Filnavn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Innholdstype = table.Column<string>(type: "varchar(50)", unicode: false, maxLength: 50, nullable: false),
                    Storrelse = table.Column<long>(type: "bigint", nullable: false),
                    DokumentNokkel = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    LastetOpp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vedlegg", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vedlegg_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Saker_FullmektigPersonId",
                table: "Saker",
                column: "FullmektigPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Status_Frist",
                table: "Saker",
                columns: new[] { "Status", "Frist" });

            migrationBuilder.CreateIndex(
                name: "IX_Samtykker_SakId",
                table: "Samtykker",
                column: "SakId");

            migrationBuilder.CreateIndex(
                name: "IX_Soknader_SakId",
                table: "Soknader",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Soknader_UtkastId",
                table: "Soknader",
                column: "UtkastId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Soknadsutkast_BrukerId",
                table: "Soknadsutkast",
                column: "BrukerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Soknadsutkast_SistEndret",
                table: "Soknadsutkast",
                column: "SistEndret");

            migrationBuilder.CreateIndex(
                name: "IX_Vedlegg_SakId",
                table: "Vedlegg",
                column: "SakId");

            migrationBuilder.CreateIndex(
                name: "IX_Vedlegg_UtkastId",
                table: "Vedlegg",
                column: "UtkastId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Samtykker");

            migrationBuilder.DropTable(
                name: "Soknader");

            migrationBuilder.DropTable(
                name: "Soknadsutkast");

            migrationBuilder.DropTable(
                name: "Vedlegg");

            migrationBuilder.DropIndex(
                name: "IX_Saker_FullmektigPersonId",
                table: "Saker");

            migrationBuilder.DropIndex(
                name: "IX_Saker_Status_Frist",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Frist",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "FullmektigPersonId",
                table: "Saker");
        }
    }
}
