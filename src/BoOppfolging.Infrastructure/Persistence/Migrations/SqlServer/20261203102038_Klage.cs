using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Klage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "KlageId",
                table: "Vedlegg",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KlageId",
                table: "Brev",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Klager",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VedtakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Referanse = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "varchar(30)", unicode: false, maxLength: 30, nullable: false),
                    Kanal = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Klagerrolle = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    KlagerNavn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Innhold = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Mottatt = table.Column<DateOnly>(type: "date", nullable: false),
                    Postlagt = table.Column<DateOnly>(type: "date", nullable: true),
                    Registrert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InnsendtAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegistrertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UtkastId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Signert = table.Column<bool>(type: "bit", nullable: false),
                    Klagefrist = table.Column<DateOnly>(type: "date", nullable: true),
                    Fristvurdering = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    SvarFrist = table.Column<DateOnly>(type: "date", nullable: false),
                    AntallForelopigeSvar = table.Column<int>(type: "int", nullable: false),
                    Formkrav = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FormkravVurdertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FormkravVurdert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RettingFrist = table.Column<DateOnly>(type: "date", nullable: true),
                    AvvisningBegrunnelse = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Konklusjon = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: true),
                    Vurdering = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    VurdertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Vurdert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NyttVedtakId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Oversendt = table.Column<DateOnly>(type: "date", nullable: true),
                    Resultat = table.Column<string>(type: "varchar(30)", unicode: false, maxLength: 30, nullable: true),
                    ResultatDato = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultatMerknad = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ResultatRegistrertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Trukket = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Avsluttet = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Klager", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Klager_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Klager_Vedtak_NyttVedtakId",
                        column: x => x.NyttVedtakId,
                        principalTable: "Vedtak",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Klager_Vedtak_VedtakId",
                        column: x => x.VedtakId,
                        principalTable: "Vedtak",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Klageutkast",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BrukerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VedtakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Uenighet = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    Onsket = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    NyeOpplysninger = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    ForsinkelseGrunn = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    Opprettet = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Klageutkast", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Klageutkast_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vedlegg_KlageId",
                table: "Vedlegg",
                column: "KlageId");

            migrationBuilder.CreateIndex(
                name: "IX_Brev_KlageId",
                table: "Brev",
                column: "KlageId");

            migrationBuilder.CreateIndex(
                name: "IX_Klager_NyttVedtakId",
                table: "Klager",
                column: "NyttVedtakId");

            migrationBuilder.CreateIndex(
                name: "IX_Klager_SakId_Nummer",
                table: "Klager",
                columns: new[] { "SakId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Klager_Status_Mottatt",
                table: "Klager",
                columns: new[] { "Status", "Mottatt" });

            migrationBuilder.CreateIndex(
                name: "IX_Klager_UtkastId",
                table: "Klager",
                column: "UtkastId",
                unique: true,
                filter: "[UtkastId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Klager_VedtakId",
                table: "Klager",
                column: "VedtakId");

            migrationBuilder.CreateIndex(
                name: "IX_Klageutkast_BrukerId_VedtakId",
                table: "Klageutkast",
                columns: new[] { "BrukerId", "VedtakId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Klageutkast_SakId",
                table: "Klageutkast",
                column: "SakId");

            migrationBuilder.CreateIndex(
                name: "IX_Klageutkast_SistEndret",
                table: "Klageutkast",
                column: "SistEndret");

            migrationBuilder.AddForeignKey(
                name: "FK_Brev_Klager_KlageId",
                table: "Brev",
                column: "KlageId",
                principalTable: "Klager",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Vedlegg_Klager_KlageId",
                table: "Vedlegg",
                column: "KlageId",
                principalTable: "Klager",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Brev_Klager_KlageId",
                table: "Brev");

            migrationBuilder.DropForeignKey(
                name: "FK_Vedlegg_Klager_KlageId",
                table: "Vedlegg");

            migrationBuilder.DropTable(
                name: "Klager");

            migrationBuilder.DropTable(
                name: "Klageutkast");

            migrationBuilder.DropIndex(
                name: "IX_Vedlegg_KlageId",
                table: "Vedlegg");

            migrationBuilder.DropIndex(
                name: "IX_Brev_KlageId",
                table: "Brev");

            migrationBuilder.DropColumn(
                name: "KlageId",
                table: "Vedlegg");

            migrationBuilder.DropColumn(
                name: "KlageId",
                table: "Brev");
        }
    }
}
