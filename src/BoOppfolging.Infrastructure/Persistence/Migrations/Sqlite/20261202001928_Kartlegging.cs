using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Kartlegging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Forberedelser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    HvaJegKlarer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SistEndret = table.Column<long>(type: "INTEGER", nullable: true),
                    Maal = table.Column<string>(type: "TEXT", nullable: false),
                    Onsker = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forberedelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Forberedelser_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Innhentinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    SamtykkeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kilde = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Hva = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Frist = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BestiltAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bestilt = table.Column<long>(type: "INTEGER", nullable: false),
                    BrevId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SvarMottatt = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sammendrag = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Vedlegg = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Innhentinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Innhentinger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Innhentinger_Samtykker_SamtykkeId",
                        column: x => x.SamtykkeId,
                        principalTable: "Samtykker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Iplosvariabellister",
                columns: table => new
                {
                    Versjon = table.Column<int>(type: "INTEGER", nullable: false),
                    Innhold = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Iplosvariabellister", x => x.Versjon);
                });

            migrationBuilder.CreateTable(
                name: "IplosVurderinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    Variabelversjon = table.Column<int>(type: "INTEGER", nullable: false),
                    Dato = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VurdertAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    NesteVurdering = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ferdig = table.Column<long>(type: "INTEGER", nullable: true),
                    Deltakelse = table.Column<string>(type: "TEXT", nullable: false),
                    Skaarer = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IplosVurderinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IplosVurderinger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kartlegginger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnsvarligId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Innstilling = table.Column<string>(type: "TEXT", nullable: true),
                    Ferdigstilt = table.Column<long>(type: "INTEGER", nullable: true),
                    FerdigstiltAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Behov = table.Column<string>(type: "TEXT", nullable: false),
                    Kartleggingsmoter = table.Column<string>(type: "TEXT", nullable: false),
                    Maal = table.Column<string>(type: "TEXT", nullable: false),
                    Vurderingsmoter = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kartlegginger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kartlegginger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Saksvarsler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    Utkastelse = table.Column<string>(type: "TEXT", nullable: true),
                    Sikkerhet = table.Column<string>(type: "TEXT", nullable: true),
                    Tolkesprak = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IndividuellPlan = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Koordinator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SistEndretAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    SistEndret = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Saksvarsler", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Saksvarsler_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kartleggingsendringer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KartleggingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Del = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Tidligere = table.Column<string>(type: "TEXT", nullable: false),
                    Ny = table.Column<string>(type: "TEXT", nullable: false),
                    Begrunnelse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EndretAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tidspunkt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kartleggingsendringer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kartleggingsendringer_Kartlegginger_KartleggingId",
                        column: x => x.KartleggingId,
                        principalTable: "Kartlegginger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Forberedelser_SakId",
                table: "Forberedelser",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Innhentinger_SakId_Bestilt",
                table: "Innhentinger",
                columns: new[] { "SakId", "Bestilt" });

            migrationBuilder.CreateIndex(
                name: "IX_Innhentinger_SamtykkeId",
                table: "Innhentinger",
                column: "SamtykkeId");

            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_NesteVurdering_SakId",
                table: "IplosVurderinger",
                columns: new[] { "NesteVurdering", "SakId" });

            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_SakId_Dato",
                table: "IplosVurderinger",
                columns: new[] { "SakId", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Kartlegginger_AnsvarligId",
                table: "Kartlegginger",
                column: "AnsvarligId");

            migrationBuilder.CreateIndex(
                name: "IX_Kartlegginger_SakId",
                table: "Kartlegginger",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kartleggingsendringer_KartleggingId_Tidspunkt",
                table: "Kartleggingsendringer",
                columns: new[] { "KartleggingId", "Tidspunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_Saksvarsler_SakId",
                table: "Saksvarsler",
                column: "SakId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Forberedelser");

            migrationBuilder.DropTable(
                name: "Innhentinger");

            migrationBuilder.DropTable(
                name: "Iplosvariabellister");

            migrationBuilder.DropTable(
                name: "IplosVurderinger");

            migrationBuilder.DropTable(
                name: "Kartleggingsendringer");

            migrationBuilder.DropTable(
                name: "Saksvarsler");

            migrationBuilder.DropTable(
                name: "Kartlegginger");
        }
    }
}
